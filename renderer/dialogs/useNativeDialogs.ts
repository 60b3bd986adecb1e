import { useEffect, useState } from 'react';
import { host } from '../platform/host';

/**
 * True once the host says it has the operating system's dialogs; else false. A capability, not
 * the host's identity: dialogs offer their "Choose…" button where it is true.
 */
export function useNativeDialogs(): boolean {
  const [native, setNative] = useState(false);
  useEffect(() => {
    let live = true;
    void host()
      .call('app.info', {})
      .then((result) => {
        if (live && result.ok) setNative(result.value.nativeDialogs);
      });
    return () => {
      live = false;
    };
  }, []);
  return native;
}
