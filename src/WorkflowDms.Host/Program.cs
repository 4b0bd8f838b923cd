using WorkflowDms.Host.Extensions;
using WorkflowDms.Host.Startup;

var builder = WebApplication.CreateBuilder(args);
builder.AddWorkflowDmsHost();

var app = builder.Build();
await app.InitializeDatabaseAsync();
app.UseWorkflowDmsPipeline();
app.MapWorkflowDmsEndpoints();
app.Run();

/// <summary>Entry point, public so WebApplicationFactory can host it in tests.</summary>
public partial class Program;
