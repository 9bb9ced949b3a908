// Loaded first, with no imports, so it hears every CSP violation the widgets' modules could cause.
const violations: Array<{ directive: string; blocked: string; sample: string }> = [];
document.addEventListener('securitypolicyviolation', (event) => {
  violations.push({ directive: event.violatedDirective, blocked: event.blockedURI, sample: event.sample });
});
(window as unknown as { __violations: typeof violations }).__violations = violations;
