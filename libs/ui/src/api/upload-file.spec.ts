import { afterEach, describe, expect, it, vi } from 'vitest';
import { uploadFile, UploadError } from './upload-file';

const answering = (status: number, body: unknown) => vi.fn((_url: string, _init: RequestInit) => Promise.resolve(new Response(JSON.stringify(body), { status })));

describe('uploadFile', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('posts the file to the staff route by default, with the tenant, the language and the CSRF header', async () => {
    const fetch = answering(201, { id: 'f1', name: 'convention.pdf', sizeBytes: 8 });
    vi.stubGlobal('fetch', fetch);
    const file = new File(['%PDF-1.7'], 'convention.pdf', { type: 'application/pdf' });
    await expect(uploadFile(file, { tenantSlug: 'meuse', language: 'fr' })).resolves.toEqual({ id: 'f1', name: 'convention.pdf', sizeBytes: 8 });
    const [url, init] = fetch.mock.calls[0] ?? [];
    expect(url).toBe('/api/files');
    expect(init).toMatchObject({ method: 'POST', credentials: 'same-origin', headers: { 'x-tenant': 'meuse', 'x-ancrage-csrf': '1', 'accept-language': 'fr' } });
    expect((init?.body as FormData).get('file')).toMatchObject({ name: 'convention.pdf', size: 8 });
  });

  it('posts to the route it is given (a portal account uploads to its own files)', async () => {
    const fetch = answering(201, { id: 'f2', name: 'diplome.png', sizeBytes: 1 });
    vi.stubGlobal('fetch', fetch);
    await uploadFile(new File(['x'], 'diplome.png'), { tenantSlug: 'landes', language: 'en', url: '/api/files/mine' });
    expect(fetch.mock.calls[0]?.[0]).toBe('/api/files/mine');
  });

  it("throws the server's translated refusal, or an empty one when the answer says nothing", async () => {
    vi.stubGlobal('fetch', answering(413, { error: { message: 'Fichier trop volumineux.' } }));
    const file = new File(['x'], 'gros.pdf');
    const refusal = uploadFile(file, { tenantSlug: 'meuse', language: 'fr' });
    await expect(refusal).rejects.toBeInstanceOf(UploadError);
    await expect(refusal).rejects.toThrow('Fichier trop volumineux.');

    vi.stubGlobal('fetch', vi.fn(() => Promise.resolve(new Response('<html>Bad gateway</html>', { status: 502 }))));
    await expect(uploadFile(file, { tenantSlug: 'meuse', language: 'fr' })).rejects.toThrow(new UploadError(''));
  });
});
