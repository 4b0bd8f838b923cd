using Microsoft.EntityFrameworkCore;
using WorkflowDms.Application.Auditing;
using WorkflowDms.Application.Security;
using WorkflowDms.Domain.Auditing;
using WorkflowDms.Domain.Forms;
using WorkflowDms.Domain.Workflows;
using WorkflowDms.Persistence;

namespace WorkflowDms.Application.Designer.Forms;

/// <summary>
/// Deploys the shipped form-js schemas at start-up, as the workflow deployer does BPMN: a file whose text differs
/// from the last version deployed from a file becomes a new version; an unchanged file never overrides a version
/// published from the designer (ADR 0008). A shipped schema that does not validate stops start-up.
/// </summary>
public sealed class FormDeployer(WorkflowDmsDbContext db, FormSources sources, FormSchemaValidator validator, AuditTrail audit, TimeProvider clock)
{
    public async Task DeployShippedAsync(CancellationToken cancellationToken)
    {
        if (!Directory.Exists(sources.Directory))
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var file in Directory.GetFiles(sources.Directory, "*.form").Order(StringComparer.Ordinal))
        {
            var formKey = Path.GetFileNameWithoutExtension(file);
            var schema = await File.ReadAllTextAsync(file, cancellationToken);
            var validation = validator.Validate(formKey, schema);
            if (!validation.Valid)
            {
                var first = validation.Problems[0];
                throw new InvalidOperationException($"Form file {Path.GetFileName(file)} cannot be deployed: {first.Path}: {first.Message}");
            }

            var hash = ProcessDefinitionRecord.HashOf(schema);
            var lastFromFile = await db.FormDefinitions.Where(f => f.FormKey == formKey && f.Source == DefinitionSource.File)
                .OrderByDescending(f => f.Version).Select(f => f.Sha256).FirstOrDefaultAsync(cancellationToken);
            if (lastFromFile == hash)
            {
                continue;
            }

            var version = (await db.FormDefinitions.Where(f => f.FormKey == formKey).MaxAsync(f => (int?)f.Version, cancellationToken) ?? 0) + 1;
            db.FormDefinitions.Add(FormDefinitionRecord.Create(Guid.CreateVersion7(), formKey, version, schema, now,
                ProcessDefinitionRecord.SystemPublisher, DefinitionSource.File, null));
            await audit.AppendAsync(Actor.System, AuditAction.FormPublished, $"form:{formKey}", "/",
                new { formKey, version, file = Path.GetFileName(file), sha256 = hash, source = "file" }, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
