/** Serverless pairing by exchanged codes. (The QR renderer, qr-svg.ts, is imported lazily on its own.) */
export { answerPairingOffer, type PairingAnswer } from './answer-pairing-offer';
export { createPairingOffer, type PairingOffer } from './create-pairing-offer';
export { decodePairingCode, encodePairingCode } from './pairing-code';
