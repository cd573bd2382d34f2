/**
 * A soft two-note chime, made in the browser (no sound file); silent wherever audio is not
 * allowed. The widget plays it for a reply, the dashboard for a shopper's message.
 */
let audio: AudioContext | undefined;

export function chime(): void {
  try {
    audio ??= new AudioContext();
    const at = audio.currentTime;
    [587, 784].forEach((frequency, i) => {
      const tone = audio!.createOscillator();
      const gain = audio!.createGain();
      tone.frequency.value = frequency;
      gain.gain.setValueAtTime(0.08, at + i * 0.14);
      gain.gain.exponentialRampToValueAtTime(0.0001, at + i * 0.14 + 0.3);
      tone.connect(gain).connect(audio!.destination);
      tone.start(at + i * 0.14);
      tone.stop(at + i * 0.14 + 0.32);
    });
  } catch {
    // No audio here (policy, device): the badge and the title still tell.
  }
}
