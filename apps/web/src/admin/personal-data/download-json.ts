/** Offers a JSON document as a file download. */
export function downloadJson(fileName: string, data: unknown) {
  const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

/** "donnees-personnelles-jane-doe-example-org-2026-07-14.json" */
export function exportFileName(prefix: string, email: string, date = new Date()): string {
  const subject = email.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `${prefix}-${subject}-${date.toISOString().slice(0, 10)}.json`;
}
