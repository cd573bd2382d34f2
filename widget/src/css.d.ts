/** Stylesheets are bundled as minified text (see widget/build.ts) and put into the shadow root. */
declare module '*.css' {
  const css: string;
  export default css;
}
