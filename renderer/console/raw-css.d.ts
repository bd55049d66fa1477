/** A style sheet's text (Vite's `?raw`), for the editor's projector preview. */
declare module '*.css?raw' {
  const text: string;
  export default text;
}
