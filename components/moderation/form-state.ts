export type ConsoleFormState = { status: 'idle' } | { status: 'done' | 'error'; message: string };

export type SignInFormState =
  { status: 'idle' } | { status: 'error'; message: string; username: string };

export type SetupFormState =
  | { status: 'idle' }
  | {
      status: 'error';
      message: string;
      field?: 'username' | 'password' | 'confirm';
      username: string;
    };
