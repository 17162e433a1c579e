/**
 * @module
 * Publish: being built (issue "Console II"); this file is replaced by the publish feature.
 */
export function PublishPage() {
  return <p>Publishing is being built.</p>;
}
