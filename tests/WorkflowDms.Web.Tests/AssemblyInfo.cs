using WorkflowDms.Web.Tests.Infrastructure;

// One browser process serves every test class; each class starts its own host.
[assembly: AssemblyFixture(typeof(BrowserFixture))]
