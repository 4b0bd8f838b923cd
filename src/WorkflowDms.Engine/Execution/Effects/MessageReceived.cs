using WorkflowDms.Engine.Bookmarks;

namespace WorkflowDms.Engine.Execution.Effects;

/// <summary>A message was delivered to a waiting message bookmark.</summary>
/// <param name="Subscription">The message bookmark it was delivered to.</param>
public sealed record MessageReceived(Bookmark Subscription) : WorkflowEffect(Subscription.ElementId);
