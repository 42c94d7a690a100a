/** STUN servers reachable from China (Google's often are not); none is used unless the user picks it. */
export const ICE_PRESETS = [
  { id: 'miwifi', label: '小米 stun.miwifi.com', url: 'stun:stun.miwifi.com:3478' },
  { id: 'qq', label: '腾讯 stun.qq.com', url: 'stun:stun.qq.com:3478' },
  { id: 'hitv', label: '海信 stun.hitv.com', url: 'stun:stun.hitv.com:3478' },
];
