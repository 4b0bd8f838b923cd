using WorkflowDms.Application.Security;
using WorkflowDms.Host.Security;

namespace WorkflowDms.Host.Endpoints;

/// <summary>The current caller as an <see cref="Actor"/>, for endpoint handlers.</summary>
internal static class ActorAccessor
{
    public static Actor Actor(this HttpContext context) => context.User.ToActor();
}
