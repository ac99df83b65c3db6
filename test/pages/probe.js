// Records what a host page would see go wrong: CSP violations, uncaught errors, rejected promises.
window.__probe = { violations: [], errors: [] }
document.addEventListener('securitypolicyviolation', (event) => {
  window.__probe.violations.push(
    `${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`,
  )
})
window.addEventListener('error', (event) => {
  if (event instanceof ErrorEvent) window.__probe.errors.push(event.message)
})
window.addEventListener('unhandledrejection', (event) => window.__probe.errors.push(String(event.reason)))
