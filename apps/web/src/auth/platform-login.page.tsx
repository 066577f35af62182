import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { AuthCard } from './auth-card';
import { LoginForm } from './login-form';
import { safeNext } from './safe-next';

/** /login — sign-in outside any tenant (platform administrators). */
export function PlatformLoginPage() {
  const { t } = useTranslation('common');
  const navigate = useNavigate();
  const [params] = useSearchParams();
  return (
    <AuthCard title={t('auth.loginTitle')} description={t('auth.platformLoginIntro')}>
      <LoginForm onSignedIn={() => navigate(safeNext(params.get('next'), '/'), { replace: true })} />
    </AuthCard>
  );
}
