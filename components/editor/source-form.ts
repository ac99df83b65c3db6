/** The dataset's title and description, and the article's source: title, publisher, author, date, URL. */
import { html } from 'lit'
import { setDescription, setSourceField, setTitle } from '../../src/editor/edits.ts'
import { type EditorContext, textField } from './context.ts'

export function sourceForm(context: EditorContext) {
  const { work, apply } = context
  const { dataset } = work
  const source = (key: 'title' | 'publisher' | 'author' | 'published' | 'url') => (value: string) =>
    apply(setSourceField(work, key, value), `/source/${key}`)
  return html`<section class="form" aria-labelledby="source-heading">
    <h2 id="source-heading">Dataset and source</h2>
    ${textField(context, {
      label: 'Title of the graphic',
      pointer: '/title',
      value: dataset.title,
      required: true,
      onInput: (value) => apply(setTitle(work, value), '/title'),
    })}
    ${textField(context, {
      label: 'Description',
      pointer: '/description',
      value: dataset.description,
      multiline: true,
      onInput: (value) => apply(setDescription(work, value), '/description'),
    })}
    <h3>The article</h3>
    ${textField(context, { label: 'Headline', pointer: '/source/title', value: dataset.source.title, required: true, onInput: source('title') })}
    ${textField(context, { label: 'Publisher', pointer: '/source/publisher', value: dataset.source.publisher, required: true, onInput: source('publisher') })}
    ${textField(context, { label: 'Author', pointer: '/source/author', value: dataset.source.author, onInput: source('author') })}
    ${textField(context, { label: 'Published', pointer: '/source/published', value: dataset.source.published, type: 'date', onInput: source('published') })}
    ${textField(context, { label: 'Address (URL)', pointer: '/source/url', value: dataset.source.url, type: 'url', onInput: source('url') })}
  </section>`
}
