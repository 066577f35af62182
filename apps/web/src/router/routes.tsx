import type { RouteObject } from 'react-router';
import { AdminLayout } from '../layouts/admin.layout';
import { PortalLayout } from '../layouts/portal.layout';
import { PublicLayout } from '../layouts/public.layout';
import { RootLayout } from '../layouts/root.layout';
import { TenantLayout } from '../layouts/tenant.layout';
import { lazyPage } from './lazy-page';
import { moduleRoutes } from './module-routes';
import { InlineErrorPage, RootErrorPage } from './route-error.page';
import { NotFoundPage } from './not-found.page';

const LandingPage = lazyPage(() => import('../landing/landing.page'), 'LandingPage');
const PlatformLoginPage = lazyPage(() => import('../auth/platform-login.page'), 'PlatformLoginPage');
const NewTenantPage = lazyPage(() => import('../platform/new-tenant.page'), 'NewTenantPage');
const PortalHomePage = lazyPage(() => import('../portal/portal-home.page'), 'PortalHomePage');
const LoginPage = lazyPage(() => import('../auth/login.page'), 'LoginPage');
const SignupPage = lazyPage(() => import('../auth/signup.page'), 'SignupPage');
const ForgotPasswordPage = lazyPage(() => import('../auth/forgot-password.page'), 'ForgotPasswordPage');
const ResetPasswordPage = lazyPage(() => import('../auth/reset-password.page'), 'ResetPasswordPage');
const VerifyEmailPage = lazyPage(() => import('../auth/verify-email.page'), 'VerifyEmailPage');
const DashboardPage = lazyPage(() => import('../admin/dashboard/dashboard.page'), 'DashboardPage');
const ModulesPage = lazyPage(() => import('../admin/modules/modules.page'), 'ModulesPage');
const UsersPage = lazyPage(() => import('../admin/users/users.page'), 'UsersPage');
const EmailsPage = lazyPage(() => import('../admin/emails/emails.page'), 'EmailsPage');
const AuditPage = lazyPage(() => import('../admin/audit/audit.page'), 'AuditPage');
const PersonalDataPage = lazyPage(() => import('../admin/personal-data/personal-data.page'), 'PersonalDataPage');

/**
 * / landing, /login, /platform/tenants/new; /t/:tenant portal (+ sign-in pages
 * and module portal pages); /t/:tenant/admin back-office (+ module admin pages).
 */
export const routes: RouteObject[] = [
  {
    element: <RootLayout />,
    errorElement: <RootErrorPage />,
    children: [
      {
        element: <PublicLayout />,
        children: [
          {
            errorElement: <InlineErrorPage />,
            children: [
              { index: true, element: <LandingPage /> },
              { path: 'login', element: <PlatformLoginPage /> },
              { path: 'platform/tenants/new', element: <NewTenantPage /> },
              { path: '*', element: <NotFoundPage /> },
            ],
          },
        ],
      },
      {
        path: 't/:tenant',
        element: <TenantLayout />,
        children: [
          {
            path: 'admin',
            element: <AdminLayout />,
            children: [
              {
                errorElement: <InlineErrorPage />,
                children: [
                  { index: true, element: <DashboardPage /> },
                  { path: 'modules', element: <ModulesPage /> },
                  { path: 'users', element: <UsersPage /> },
                  { path: 'emails', element: <EmailsPage /> },
                  { path: 'audit', element: <AuditPage /> },
                  { path: 'personal-data', element: <PersonalDataPage /> },
                  ...moduleRoutes('admin'),
                  { path: '*', element: <NotFoundPage /> },
                ],
              },
            ],
          },
          {
            element: <PortalLayout />,
            children: [
              {
                errorElement: <InlineErrorPage />,
                children: [
                  { index: true, element: <PortalHomePage /> },
                  { path: 'login', element: <LoginPage /> },
                  { path: 'signup', element: <SignupPage /> },
                  { path: 'forgot-password', element: <ForgotPasswordPage /> },
                  { path: 'reset-password', element: <ResetPasswordPage /> },
                  { path: 'verify-email', element: <VerifyEmailPage /> },
                  ...moduleRoutes('portal'),
                  { path: '*', element: <NotFoundPage /> },
                ],
              },
            ],
          },
        ],
      },
    ],
  },
];
