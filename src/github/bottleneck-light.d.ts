// bottleneck ships types only for its full build; the light build (the one plugin-throttling uses,
// without the Redis clustering code) has the same API.
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck';
  export default Bottleneck;
}
