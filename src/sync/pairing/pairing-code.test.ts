import { describe, expect, it } from 'vitest';
import { compactSdp } from './compact-sdp';
import { decodePairingCode, encodePairingCode } from './pairing-code';

/** Offer and answer as Chromium 156 produced them on this machine (mDNS host candidates, no TCP). */
const chromeSdp = (setup: string, ufrag: string, fp: string, ports: [number, number]) =>
  [
    'v=0',
    'o=- 8964481335607023649 2 IN IP4 127.0.0.1',
    's=-',
    't=0 0',
    'a=group:BUNDLE 0',
    'a=extmap-allow-mixed',
    'a=msid-semantic: WMS',
    'm=application 9 UDP/DTLS/SCTP webrtc-datachannel',
    'c=IN IP4 0.0.0.0',
    `a=candidate:3176593077 1 udp 2113937151 eb5ffcbd-c1fe-4ba2-ad30-c802ad4da8aa.local ${ports[0]} typ host generation 0 network-cost 999`,
    `a=candidate:3122960901 1 udp 2113942271 49e50111-928f-418a-ba61-5f0439f10870.local ${ports[1]} typ host generation 0 network-cost 999`,
    `a=ice-ufrag:${ufrag}`,
    'a=ice-pwd:Szp4yZEL5LLMWxDfjlU8Fh6l',
    'a=ice-options:trickle',
    `a=fingerprint:sha-256 ${fp}`,
    `a=setup:${setup}`,
    'a=mid:0',
    'a=sctp-port:5000',
    'a=max-message-size:262144',
    '',
  ].join('\r\n');
const FP = '09:18:E4:72:6D:88:2F:E9:1A:1B:59:4A:9A:49:C4:53:0E:C7:FC:E2:4C:7D:24:6A:24:73:69:35:4F:39:A8:5F';
const offer = { type: 'offer', sdp: chromeSdp('actpass', 'z2j/', FP, [48270, 40797]) } as const;
const answer = { type: 'answer', sdp: chromeSdp('active', '0bYG', FP.toLowerCase(), [51137, 50827]) } as const;

/** Firefox-like SDP with IPv4, IPv6, server-reflexive, passive and active TCP and RTCP candidates. */
const mixed = {
  type: 'offer',
  sdp: offer.sdp.replace(
    /a=candidate:.*\r\n.*\r\n/,
    [
      'a=candidate:0 1 UDP 2122252543 192.168.1.20 50000 typ host',
      'a=candidate:1 1 UDP 2122187007 fe80::1:2ff:fe03:405 50001 typ host',
      'a=candidate:2 1 TCP 2105524479 192.168.1.20 9 typ host tcptype active',
      'a=candidate:3 1 TCP 2105458943 192.168.1.20 50002 typ host tcptype passive',
      'a=candidate:4 1 UDP 1686052863 203.0.113.7 61000 typ srflx raddr 192.168.1.20 rport 50000',
      'a=candidate:0 2 UDP 2122252542 192.168.1.20 50003 typ host',
      'a=candidate:5 1 UDP 92217087 relay.example.com 3478 typ relay raddr 0.0.0.0 rport 0',
      '',
    ].join('\r\n'),
  ),
} as const;

const expectCode = (p: Promise<unknown>, reason: string) => expect(p).rejects.toMatchObject({ name: 'AppError', reason });

describe('pairing codes', () => {
  it('round-trips a Chrome offer and answer to equivalent SDPs', async () => {
    for (const desc of [offer, answer]) {
      const text = await encodePairingCode(desc);
      const back = await decodePairingCode(text);
      expect(back.type).toBe(desc.type);
      expect(compactSdp(back)).toEqual(compactSdp(desc));
      expect(back.sdp).toContain(`a=fingerprint:sha-256 ${FP}\r\n`);
    }
  });

  it('keeps candidates by priority, drops RTCP and active TCP, round-trips IPv4, IPv6, names', async () => {
    const c = compactSdp(mixed);
    expect(c.candidates.map((k) => `${k.type} ${k.protocol} ${k.address} ${k.port}`)).toEqual([
      'host udp 192.168.1.20 50000',
      'host udp fe80::1:2ff:fe03:405 50001',
      'host tcp 192.168.1.20 50002',
      'srflx udp 203.0.113.7 61000',
      'relay udp relay.example.com 3478',
    ]);
    expect(compactSdp(await decodePairingCode(await encodePairingCode(mixed)))).toEqual(c);
  });

  it('is short enough for a QR code, and shorter than deflate-raw would make it', async () => {
    const text = await encodePairingCode(offer);
    expect(text).toMatch(/^SL1\.[A-Za-z0-9_-]+$/);
    expect(text.length).toBeLessThan(160);
    const deflated = await new Response(new Blob([offer.sdp]).stream().pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer();
    expect(text.length).toBeLessThan((deflated.byteLength * 4) / 3);
    console.log(`pairing code: ${text.length} chars; the SDP is ${offer.sdp.length} chars, deflate-raw of it ${deflated.byteLength} bytes`);
  });

  it('writes IPv6 addresses in their canonical short form', async () => {
    const addresses = ['::1', '2001:db8::', '1:0:0:2::3', '1::2:0:0:3', 'fe80::1:2ff:fe03:405', '::', '1:2:3:4:5:6:7:8', '1:0:2:3:4:5:6:7'];
    const sdp = offer.sdp.replace(/a=candidate:.*\r\n.*\r\n/, addresses.map((a, i) => `a=candidate:${i} 1 udp ${1000 - i} ${a} ${i + 1} typ host\r\n`).join(''));
    const back = compactSdp(await decodePairingCode(await encodePairingCode({ type: 'offer', sdp })));
    expect(back.candidates.map((k) => k.address)).toEqual(addresses);
  });

  it('ignores whitespace and line breaks added by chat apps', async () => {
    const text = await encodePairingCode(offer);
    const wrapped = ` ${text.slice(0, 40)}\n${text.slice(40, 90)} \r\n${text.slice(90)}\n`;
    expect(compactSdp(await decodePairingCode(wrapped))).toEqual(compactSdp(offer));
  });

  it('rejects any single changed character with pair.badCode', async () => {
    const text = await encodePairingCode(offer);
    // The last character may carry base64 padding bits; every other one is covered by the checksum.
    for (let i = 4; i < text.length - 1; i++) {
      const changed = text.slice(0, i) + (text[i] === 'Q' ? 'R' : 'Q') + text.slice(i + 1);
      await expectCode(decodePairingCode(changed), 'pair.badCode');
    }
  });

  it('rejects garbage, truncation and other versions with a reason for the user', async () => {
    const text = await encodePairingCode(offer);
    for (const bad of ['', 'hello', 'SL1.', 'SL1.!!!!', 'SL1.AAAA', text.slice(0, -8), `${text}AAAA`, text.replace('SL1.', 'XY1.')]) {
      await expectCode(decodePairingCode(bad), 'pair.badCode');
    }
    await expectCode(decodePairingCode(text.replace('SL1.', 'SL2.')), 'pair.otherVersion');
  });

  it('refuses to encode an SDP without ICE credentials', async () => {
    await expectCode(encodePairingCode({ type: 'offer', sdp: offer.sdp.replace(/a=ice-pwd:.*\r\n/, '') }), 'pair.unsupported');
  });
});
