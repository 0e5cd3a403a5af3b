import { Alert } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import type { AppErrorData } from '../../../shared/result';

interface ErrorAlertProps {
  title: string;
  error: AppErrorData;
  onClose?: () => void;
}

/** A failed call, said plainly, right where it happened. */
export function ErrorAlert({ title, error, onClose }: ErrorAlertProps) {
  return (
    <Alert
      color="red"
      variant="light"
      role="alert"
      title={title}
      icon={<IconAlertCircle aria-hidden />}
      withCloseButton={Boolean(onClose)}
      closeButtonLabel="Dismiss"
      onClose={onClose}
    >
      {error.message}
      {error.issues && error.issues.length > 0 ? (
        <ul>
          {error.issues.map((issue) => (
            <li key={`${issue.path}:${issue.message}`}>
              {issue.path ? `${issue.path}: ${issue.message}` : issue.message}
            </li>
          ))}
        </ul>
      ) : null}
    </Alert>
  );
}
