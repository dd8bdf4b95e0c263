import { createSignal, onMount, Show } from 'solid-js';
import type { AreaKeys } from '../../i18n';
import { fill } from '../../i18n/fill';
import { formatBytes } from '../../lib/format-bytes';
import {
  askOfflineWorker,
  isStoragePersistent,
  registerOfflineWorker,
  requestPersistentStorage,
} from '../../lib/offline/offline-client';
import type { OfflineStatus } from '../../lib/offline/offline-messages';
import { eraseOfflineCopy } from '../../stores/device-data';

interface Props {
  /** Language of the page, whose offline copy is shown. */
  lang: string;
  /** BCP 47 locale, for sizes. */
  locale: string;
  /** Site base path, where the service worker lives. */
  base: string;
  strings: Record<AreaKeys<'progress.'>, string>;
  /** Announces what just happened (the progress panel's status line). */
  onStatus: (text: string) => void;
}

/** The offline copy of this language (what it holds, keep every lesson, erase) and persistent storage. */
export default function OfflinePanel(props: Props) {
  const supported = typeof navigator !== 'undefined' && 'serviceWorker' in navigator;
  const [copy, setCopy] = createSignal<OfflineStatus>();
  const [busy, setBusy] = createSignal(false);
  const [persistent, setPersistent] = createSignal<boolean>();
  const [refused, setRefused] = createSignal(false);
  onMount(() => {
    if (supported) void askOfflineWorker({ type: 'status', lang: props.lang }).then(setCopy);
    void isStoragePersistent().then(setPersistent);
  });
  const summary = () => copy()?.summary;
  const everyLessonKept = () => summary() !== undefined && summary()!.lessons === summary()!.totalLessons;
  const keepAll = async () => {
    setBusy(true);
    props.onStatus(props.strings.keeping);
    await registerOfflineWorker(props.base);
    setCopy(await askOfflineWorker({ type: 'keep', lang: props.lang, everyLesson: true }));
    setBusy(false);
    props.onStatus(everyLessonKept() ? props.strings.keptAll : '');
  };
  const erase = async () => {
    await eraseOfflineCopy();
    setCopy(undefined);
    props.onStatus(props.strings.erasedOffline);
  };
  const ask = async () => {
    const granted = await requestPersistentStorage();
    setPersistent(granted);
    setRefused(!granted);
  };

  return (
    <>
      <h2>{props.strings.offlineTitle}</h2>
      <p>{props.strings.offlineText}</p>
      <Show when={supported} fallback={<p>{props.strings.offlineUnavailable}</p>}>
        <p data-offline-copy>
          <Show when={summary() && copy()!.allFiles > 0} fallback={props.strings.offlineNone}>
            {fill(props.strings.offlineHolds, {
              lessons: summary()!.lessons,
              total: summary()!.totalLessons,
              size: formatBytes(copy()!.allBytes, props.locale),
            })}
          </Show>
        </p>
        <p class="actions">
          <button type="button" disabled={busy() || everyLessonKept()} onClick={keepAll}>
            {props.strings.keepAll}
          </button>{' '}
          <button type="button" class="secondary" disabled={busy()} onClick={erase}>
            {props.strings.eraseOffline}
          </button>
        </p>
      </Show>
      <h2>{props.strings.storageTitle}</h2>
      <Show when={persistent() !== true} fallback={<p>{props.strings.storagePersistent}</p>}>
        <p>{refused() ? props.strings.storageRefused : props.strings.storageNotPersistent}</p>
        <button type="button" class="secondary" onClick={ask}>
          {props.strings.storageAsk}
        </button>
      </Show>
    </>
  );
}
