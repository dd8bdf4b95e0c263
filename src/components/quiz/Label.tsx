import { For } from 'solid-js';
import { labelPieces, pictureSymbolId } from '../../lib/pictures/label-pieces';

let pictures: Readonly<Record<string, string>> = {};

/** Makes a quiz's emoji drawable as pictures (emoji → picture name, from the quiz data). */
export const usePictures = (map: Readonly<Record<string, string>> = {}): void => {
  pictures = { ...pictures, ...map };
};

/**
 * A quiz text with its emoji drawn as the picture set's SVG (old phones lack emoji fonts): each
 * picture is a `<use>` of the page's sprite (QuizPictures.astro), decorative, since the words
 * beside it say the meaning.
 */
export default function Label(props: { text: string }) {
  return (
    <For each={labelPieces(props.text, pictures)}>
      {(piece) =>
        typeof piece === 'string' ? (
          piece
        ) : (
          <svg class="label-picture" width="1.3em" height="1.3em" aria-hidden="true">
            <use href={`#${pictureSymbolId(piece.picture)}`} />
          </svg>
        )
      }
    </For>
  );
}
