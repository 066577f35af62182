import QRCode from 'qrcode';

// The QR code carries the opaque check-in token only, never who the person is.
const options = { errorCorrectionLevel: 'M', margin: 2 } as const;

export async function ticketQrPng(checkInToken: string): Promise<Buffer> {
  return QRCode.toBuffer(checkInToken, { ...options, type: 'png', width: 360 });
}

export async function ticketQrSvg(checkInToken: string): Promise<string> {
  return QRCode.toString(checkInToken, { ...options, type: 'svg' });
}
