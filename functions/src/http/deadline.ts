/**
 * One deadline for a call to something slow (the platform): `work`'s answer, or, when `ms`
 * pass first, what `onLate` returns (or throws). The timer is cleared either way, so none
 * outlives the call; `work` itself runs on, its answer unused.
 */
export async function withDeadline<T, L = T>(work: Promise<T>, ms: number, onLate: () => L): Promise<T | L> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<L>((resolve, reject) => {
    timer = setTimeout(() => {
      try {
        resolve(onLate());
      } catch (error) {
        reject(error);
      }
    }, ms);
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}
