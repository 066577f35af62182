import { Suspense } from 'react';
import { Outlet } from 'react-router';
import { LoadingState } from '@ancrage/ui';
import { PortalFrame } from './portal-frame';

/** Route element of the portal pages. */
export function PortalLayout() {
  return (
    <PortalFrame>
      <Suspense fallback={<LoadingState />}>
        <Outlet />
      </Suspense>
    </PortalFrame>
  );
}
