// Role JSON is untrusted until validated, so its static type is `unknown`.
declare module '*.json' {
  const value: unknown;
  export default value;
}
