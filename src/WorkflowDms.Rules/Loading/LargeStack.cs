using System.Runtime.ExceptionServices;

namespace WorkflowDms.Rules.Loading;

/// <summary>
/// Runs loading on a thread with a generous stack. Parsing and compiling expressions recurse per nesting level; the
/// limits in <see cref="RuleSetLimits"/> keep that shallow, and this is the second line of defence, because a stack
/// overflow kills the process instead of throwing.
/// </summary>
internal static class LargeStack
{
    private const int StackBytes = 64 * 1024 * 1024;

    public static T Run<T>(Func<T> work)
    {
        T result = default!;
        ExceptionDispatchInfo? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    result = work();
                }
                catch (Exception ex)
                {
                    failure = ExceptionDispatchInfo.Capture(ex);
                }
            },
            StackBytes)
        {
            Name = "rule-set loader",
        };
        thread.Start();
        thread.Join();
        failure?.Throw();
        return result;
    }
}
