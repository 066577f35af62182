import { useEffect, useRef, useState } from 'react';
import { Alert, Box, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface QrScannerProps {
  /** Called with the text of each QR code read (the same code is reported again only after a pause). */
  onScan: (text: string) => void;
  onClose: () => void;
}

const REPEAT_AFTER_MS = 4000;

/** The phone's back camera reading QR codes; the decoder loads only when the camera is opened. */
export function QrScanner({ onScan, onClose }: QrScannerProps) {
  const { t } = useTranslation('events');
  const video = useRef<HTMLVideoElement>(null);
  const onScanRef = useRef(onScan);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    onScanRef.current = onScan;
  }, [onScan]);

  useEffect(() => {
    let stopped = false;
    let stop: (() => void) | undefined;
    let last = { text: '', at: 0 };
    import('@zxing/browser')
      .then(async ({ BrowserQRCodeReader }) => {
        if (stopped || !video.current) return;
        const controls = await new BrowserQRCodeReader().decodeFromVideoDevice(undefined, video.current, (result) => {
          if (!result) return;
          const text = result.getText();
          const now = Date.now();
          if (text === last.text && now - last.at < REPEAT_AFTER_MS) return;
          last = { text, at: now };
          onScanRef.current(text);
        });
        if (stopped) controls.stop();
        else stop = () => controls.stop();
      })
      .catch(() => setFailed(true));
    return () => {
      stopped = true;
      stop?.();
    };
  }, []);

  return (
    <Stack gap="sm">
      {failed ? (
        <Alert color="red.9" variant="outline" title={t('checkIn.cameraErrorTitle')}>
          {t('checkIn.cameraError')}
        </Alert>
      ) : (
        <>
          <Box maw={420} style={{ borderRadius: 'var(--mantine-radius-md)', overflow: 'hidden', background: '#000' }}>
            <video ref={video} muted playsInline aria-label={t('checkIn.cameraLabel')} style={{ width: '100%', display: 'block' }} />
          </Box>
          <Text size="sm">{t('checkIn.cameraHelp')}</Text>
        </>
      )}
      <div>
        <Button variant="default" onClick={onClose}>
          {t('checkIn.closeCamera')}
        </Button>
      </div>
    </Stack>
  );
}
