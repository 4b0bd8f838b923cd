using Microsoft.EntityFrameworkCore.Storage;

namespace WorkflowDms.Persistence.Providers;

/// <summary>A command's open transaction and whatever the provider holds for it until the transaction ends.</summary>
public sealed class CommandTransaction(IDbContextTransaction transaction, IDisposable? heldUntilEnd = null) : IAsyncDisposable
{
    public Task CommitAsync(CancellationToken cancellationToken) => transaction.CommitAsync(cancellationToken);

    /// <summary>Rolls back when not committed, then lets the next writer in.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await transaction.DisposeAsync().ConfigureAwait(false);
        }
        finally
        {
            heldUntilEnd?.Dispose();
        }
    }
}
