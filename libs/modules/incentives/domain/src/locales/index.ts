// The module's messages, one file per part of the module so that each part keeps its own;
// merged here into the `incentives` namespace (a key defined twice is caught by the manifest's test).
import frCore from './fr/core.json';
import frSchemesServer from './fr/schemes-server.json';
import frApplicationsServer from './fr/applications-server.json';
import frAdminWeb from './fr/admin-web.json';
import frPortalWeb from './fr/portal-web.json';
import enCore from './en/core.json';
import enSchemesServer from './en/schemes-server.json';
import enApplicationsServer from './en/applications-server.json';
import enAdminWeb from './en/admin-web.json';
import enPortalWeb from './en/portal-web.json';

type Messages = { [key: string]: string | Messages };

export const localeParts = {
  fr: [frCore, frSchemesServer, frApplicationsServer, frAdminWeb, frPortalWeb] as Messages[],
  en: [enCore, enSchemesServer, enApplicationsServer, enAdminWeb, enPortalWeb] as Messages[],
};

export function mergeMessages(parts: Messages[]): Messages {
  const merged: Messages = {};
  const into = (target: Messages, source: Messages) => {
    for (const [key, value] of Object.entries(source)) {
      const existing = target[key];
      if (typeof value === 'object' && typeof existing === 'object') into(existing, value);
      else target[key] = typeof value === 'object' ? into({}, value) : value;
    }
    return target;
  };
  for (const part of parts) into(merged, part);
  return merged;
}

export const fr = mergeMessages(localeParts.fr);
export const en = mergeMessages(localeParts.en);
