/**
 * @module
 * The device to preview: StartOS version, platform, architecture, RAM and language. Validated
 * on submit; the submitted device goes to the URL.
 */
import { useState, type ChangeEvent, type FormEvent } from 'react';
import { Button, SelectField, TextField } from '../../../components/ui.tsx';
import {
  ARCHES,
  PLATFORMS,
  toDeviceInfo,
  type DeviceForm,
  type DeviceFormErrors,
} from '../lib/device-form.ts';
import { useT } from '../../../i18n/i18n.ts';

export function DeviceFormPanel({
  initial,
  initialErrors,
  onSubmit,
}: {
  initial: DeviceForm;
  initialErrors: DeviceFormErrors | null;
  onSubmit: (f: DeviceForm) => void;
}) {
  const [draft, setDraft] = useState(initial);
  const t = useT();
  const [errors, setErrors] = useState<DeviceFormErrors>(initialErrors ?? {});
  const set = (patch: Partial<DeviceForm>) => setDraft((d) => ({ ...d, ...patch }));
  /** Value, error and change handler of the text field for `key`. */
  const bind = (key: 'osVersion' | 'ramGiB' | 'language') => ({
    value: draft[key],
    error: errors[key],
    onChange: (e: ChangeEvent<HTMLInputElement>) => set({ [key]: e.target.value }),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const r = toDeviceInfo(draft);
    setErrors(r.errors ?? {});
    if (!r.errors) onSubmit(draft);
  };
  const platforms = PLATFORMS.some((p) => p.id === draft.platform)
    ? PLATFORMS
    : [...PLATFORMS, { id: draft.platform, arch: 'x86_64' as const }];
  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label={t('device.title')}
      className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-6"
    >
      <div className="lg:col-span-2">
        <TextField
          id="device-os"
          label={t('device.osVersion')}
          {...bind('osVersion')}
          hint={t('device.osHint')}
          spellCheck={false}
        />
      </div>
      <SelectField
        id="device-platform"
        label={t('device.platform')}
        value={draft.platform}
        onChange={(e) =>
          set({
            platform: e.target.value,
            arch: PLATFORMS.find((p) => p.id === e.target.value)?.arch ?? draft.arch,
          })
        }
      >
        {platforms.map((p) => (
          <option key={p.id} value={p.id}>
            {p.id}
          </option>
        ))}
      </SelectField>
      <SelectField
        id="device-arch"
        label={t('device.arch')}
        value={draft.arch}
        onChange={(e) => set({ arch: e.target.value })}
      >
        {[...new Set([...ARCHES, draft.arch])].map((a) => (
          <option key={a} value={a}>
            {a}
          </option>
        ))}
      </SelectField>
      <TextField
        id="device-ram"
        label={t('device.ram')}
        type="number"
        inputMode="decimal"
        min={0.25}
        step={0.25}
        {...bind('ramGiB')}
      />
      <TextField
        id="device-lang"
        label={t('layout.language')}
        {...bind('language')}
        hint={t('device.languageHint')}
        spellCheck={false}
      />
      <div className="sm:col-span-2 lg:col-span-6">
        <Button type="submit" tone="primary">
          {t('device.submit')}
        </Button>
      </div>
    </form>
  );
}
