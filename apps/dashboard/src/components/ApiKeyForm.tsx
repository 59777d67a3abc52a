import { useState } from 'react';
import { useI18n } from '../lib/i18n.js';

export function ApiKeyForm({ onSave }: { onSave: (key: string) => void }) {
  const { t } = useI18n();
  const [value, setValue] = useState('');
  return (
    <form
      className="card key-form"
      onSubmit={(e) => {
        e.preventDefault();
        onSave(value.trim());
      }}
    >
      <label htmlFor="api-key">{t('apiKeyPrompt')}</label>
      <input
        id="api-key"
        name="api-key"
        type="password"
        autoComplete="off"
        value={value}
        onChange={(e) => setValue(e.target.value)}
      />
      <button type="submit" disabled={!value.trim()}>
        {t('save')}
      </button>
    </form>
  );
}
