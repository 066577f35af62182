import { Suspense } from 'react';
import { Outlet } from 'react-router';
import { LoadingState } from '@ancrage/ui';
import { PublicFrame } from './public-frame';

/** Route element of the pages outside any tenant. */
export function PublicLayout() {
  return (
    <PublicFrame>
      <Suspense fallback={<LoadingState />}>
        <Outlet />
      </Suspense>
    </PublicFrame>
  );
}
