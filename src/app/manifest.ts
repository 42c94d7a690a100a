import type { ManifestOptions } from 'vite-plugin-pwa';

/** Web app manifest: installable as 安全台账, Chinese first. */
export const manifest: Partial<ManifestOptions> = {
  name: '安全台账 SafeLedger',
  short_name: '安全台账',
  description: '企业安全生产台账：人员证书、培训、职业健康、隐患排查，数据只存在本单位设备上。',
  lang: 'zh-CN',
  start_url: '.',
  scope: '.',
  display: 'standalone',
  background_color: '#f5f7f6',
  theme_color: '#0f5f54',
  icons: [
    { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    { src: 'icons/icon-maskable-192.png', sizes: '192x192', type: 'image/png', purpose: 'maskable' },
    { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
  ],
};
