import { DateField, useLocaleState, type DateFieldProps } from 'react-admin';

/** Date and time in the user's language; agencies read Danish dates as 21.11.2026 14.05. */
export const DateTimeField = (props: DateFieldProps) => {
  const [locale] = useLocaleState();
  return (
    <DateField
      showTime
      locales={locale === 'en' ? 'en-GB' : 'da-DK'}
      options={{ dateStyle: 'medium', timeStyle: 'short' }}
      {...props}
    />
  );
};
