import { vitePreprocess } from '@sveltejs/vite-plugin-svelte'

/** No adapter: the check serves the build with `vite preview`, which renders on the server. */
export default { preprocess: vitePreprocess(), kit: {} }
