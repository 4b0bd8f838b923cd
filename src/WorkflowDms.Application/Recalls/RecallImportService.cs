using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowDms.Application.Auditing;
using WorkflowDms.Application.Common;
using WorkflowDms.Application.Security;
using WorkflowDms.Domain.Auditing;
using WorkflowDms.Domain.Errors;
using WorkflowDms.Domain.Recalls;
using WorkflowDms.Persistence;

namespace WorkflowDms.Application.Recalls;

/// <summary>
/// VIN-list imports: the upload is parsed and queued in one short command and answered with 202 and the
/// import's id; <see cref="RecallImportRunner"/> works it off in batches while the client polls its progress.
/// </summary>
public sealed class RecallImportService(CommandRunner runner, RecallImportRunner jobs, WorkflowDmsDbContext reads, TimeProvider clock)
{
    public Task<RecallImportView> QueueCsvAsync(Actor actor, Guid campaignId, string csv, bool createMissingVehicles, CancellationToken cancellationToken) =>
        QueueAsync(actor, campaignId, "csv", RecallImportParser.FromCsv(csv), createMissingVehicles, cancellationToken);

    public Task<RecallImportView> QueueJsonAsync(Actor actor, Guid campaignId, RecallImportUpload upload, CancellationToken cancellationToken) =>
        QueueAsync(actor, campaignId, "json", RecallImportParser.FromJson(upload), upload.CreateMissingVehicles, cancellationToken);

    public async Task<RecallImportView> GetAsync(Actor actor, Guid campaignId, Guid importId, CancellationToken cancellationToken)
    {
        var import = await FindAsync(actor, campaignId, importId, cancellationToken);
        if (import.Status is not (nameof(RecallImportStatus.Completed) or nameof(RecallImportStatus.Failed)))
        {
            // Resumes an import whose job stopped with the process that ran it.
            jobs.EnsureRunning(import.Id);
        }

        return import;
    }

    public async Task<IReadOnlyList<RecallImportView>> ListAsync(Actor actor, Guid campaignId, CancellationToken cancellationToken)
    {
        await RecallLookup.ManagedAsync(reads, actor, campaignId, cancellationToken);
        return await Views(reads.RecallImports.AsNoTracking().Where(i => i.CampaignId == campaignId).OrderByDescending(i => i.CreatedAt).Take(100))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The rejected lines of an import in line order (keyset paging on the line number).</summary>
    public async Task<IReadOnlyList<RecallImportRejectionView>> RejectionsAsync(Actor actor, Guid campaignId, Guid importId, int afterLine, int limit, CancellationToken cancellationToken)
    {
        await FindAsync(actor, campaignId, importId, cancellationToken);
        return await reads.RecallImportRejections.AsNoTracking()
            .Where(r => r.ImportId == importId && r.LineNumber > afterLine)
            .OrderBy(r => r.LineNumber)
            .Take(Math.Clamp(limit, 1, 1000))
            .Select(r => new RecallImportRejectionView(r.LineNumber, r.Value, r.Reason))
            .ToListAsync(cancellationToken);
    }

    private async Task<RecallImportView> QueueAsync(Actor actor, Guid campaignId, string format, IReadOnlyList<string> lines, bool createMissingVehicles, CancellationToken cancellationToken)
    {
        if (lines.Count == 0)
        {
            throw new RequestBodyException(400, "Empty import", "The upload holds no VIN.", "body");
        }

        var view = await runner.RunAsync(async (services, db, ct) =>
        {
            var campaign = await RecallLookup.ManagedAsync(db, actor, campaignId, ct);
            if (!campaign.AcceptsVehicles)
            {
                throw new InvalidTransitionException(nameof(RecallCampaign), campaign.Id, campaign.Status.ToString(), "import-vehicles");
            }

            var import = RecallImport.Queue(Guid.CreateVersion7(clock.GetUtcNow()), campaign, format, createMissingVehicles, lines, actor.Name, clock.GetUtcNow().UtcDateTime);
            db.RecallImports.Add(import);
            await services.GetRequiredService<AuditTrail>().AppendAsync(actor, AuditAction.ImportProgressed, RecallKeys.AuditSubject(campaign.Id), campaign.OrgPath,
                new { caseType = RecallKeys.CaseType, importId = import.Id, status = import.Status.ToString(), import.Total, format, createMissingVehicles }, ct);
            return import.ToView();
        }, cancellationToken);
        jobs.EnsureRunning(view.Id);
        return view;
    }

    /// <summary>The import's counters without its payload: polled often while a large import runs.</summary>
    private async Task<RecallImportView> FindAsync(Actor actor, Guid campaignId, Guid importId, CancellationToken ct)
    {
        var found = await reads.RecallImports.AsNoTracking()
            .Where(i => i.Id == importId && i.CampaignId == campaignId)
            .Select(i => new { i.OrgPath })
            .FirstOrDefaultAsync(ct);
        if (found is null || !actor.CanSee(found.OrgPath))
        {
            throw new NotFoundException("recall import", importId.ToString());
        }

        return await Views(reads.RecallImports.AsNoTracking().Where(i => i.Id == importId)).SingleAsync(ct);
    }

    private static IQueryable<RecallImportView> Views(IQueryable<RecallImport> imports) =>
        imports.Select(i => new RecallImportView(
            i.Id, i.CampaignId, i.Format, i.CreateMissingVehicles, i.Status.ToString(), i.Total, i.Processed, i.Accepted, i.Rejected,
            i.Total == 0 ? 0m : Math.Round(100m * i.Processed / i.Total, 1), i.CreatedAt, i.StartedAt, i.CompletedAt, i.Error));
}
