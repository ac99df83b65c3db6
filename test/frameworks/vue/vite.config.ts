import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vite'

export default defineConfig({
  // Vue leaves the element to the browser rather than looking for a Vue component of that name.
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag === 'actor-network' } } })],
})
