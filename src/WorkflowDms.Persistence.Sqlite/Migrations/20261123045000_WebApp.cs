using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkflowDms.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class WebApp : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "Amount",
                table: "WorkTasks",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<string>(
                name: "CaseStatus",
                table: "WorkTasks",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Currency",
                table: "WorkTasks",
                type: "TEXT",
                maxLength: 3,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DealerCode",
                table: "WorkTasks",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DealerName",
                table: "WorkTasks",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "SortDueAt",
                table: "WorkTasks",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<long>(
                name: "Amount",
                table: "WorkTaskCandidates",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<string>(
                name: "CaseType",
                table: "WorkTaskCandidates",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "DealerCode",
                table: "WorkTaskCandidates",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Status",
                table: "WorkTaskCandidates",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateTime>(
                name: "SecretRotatedAt",
                table: "WebhookSubscriptions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Comment",
                table: "ProcessDefinitions",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PublishedBy",
                table: "ProcessDefinitions",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "system");

            migrationBuilder.AddColumn<string>(
                name: "Source",
                table: "ProcessDefinitions",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "File");

            migrationBuilder.CreateTable(
                name: "FormDefinitions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FormKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    SchemaJson = table.Column<string>(type: "TEXT", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PublishedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FormDefinitions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FormDrafts",
                columns: table => new
                {
                    FormKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SchemaJson = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    BasedOnVersion = table.Column<int>(type: "INTEGER", nullable: true),
                    Etag = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FormDrafts", x => x.FormKey);
                });

            migrationBuilder.CreateTable(
                name: "InstanceHistory",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InstanceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Elements = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Flows = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InstanceHistory", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RuleSetDrafts",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Json = table.Column<string>(type: "TEXT", nullable: false),
                    BasedOnVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Etag = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RuleSetDrafts", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "RuleSetVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Json = table.Column<string>(type: "TEXT", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    RuleCount = table.Column<int>(type: "INTEGER", nullable: false),
                    PublishedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RuleSetVersions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SavedTaskFilters",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    QueryJson = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SavedTaskFilters", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SavedTaskFilters_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TaskComments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TaskId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AuthorId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TaskComments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TaskComments_WorkTasks_TaskId",
                        column: x => x.TaskId,
                        principalTable: "WorkTasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WorkflowDrafts",
                columns: table => new
                {
                    ProcessId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Xml = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    BasedOnVersion = table.Column<int>(type: "INTEGER", nullable: true),
                    Etag = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkflowDrafts", x => x.ProcessId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_WorkTasks_Mine_Amount",
                table: "WorkTasks",
                columns: new[] { "Assignee", "Status", "Amount", "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_WorkTasks_Mine_Created",
                table: "WorkTasks",
                columns: new[] { "Assignee", "Status", "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_WorkTasks_Mine_Due",
                table: "WorkTasks",
                columns: new[] { "Assignee", "Status", "SortDueAt", "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_WorkTaskCandidates_Inbox_Amount",
                table: "WorkTaskCandidates",
                columns: new[] { "GroupName", "IsOpen", "Amount", "CreatedAt", "TaskId" });

            migrationBuilder.CreateIndex(
                name: "IX_WorkTaskCandidates_Inbox_CaseType",
                table: "WorkTaskCandidates",
                columns: new[] { "GroupName", "IsOpen", "CaseType", "SortDueAt", "CreatedAt", "TaskId" });

            migrationBuilder.CreateIndex(
                name: "IX_WorkTaskCandidates_Inbox_Created",
                table: "WorkTaskCandidates",
                columns: new[] { "GroupName", "IsOpen", "CreatedAt", "TaskId" });

            migrationBuilder.CreateIndex(
                name: "IX_WorkTaskCandidates_Inbox_Dealer",
                table: "WorkTaskCandidates",
                columns: new[] { "GroupName", "IsOpen", "DealerCode", "SortDueAt", "CreatedAt", "TaskId" });

            migrationBuilder.CreateIndex(
                name: "IX_WorkTaskCandidates_Status_Created",
                table: "WorkTaskCandidates",
                columns: new[] { "GroupName", "Status", "CreatedAt", "TaskId" });

            migrationBuilder.CreateIndex(
                name: "IX_WorkTaskCandidates_Status_Due",
                table: "WorkTaskCandidates",
                columns: new[] { "GroupName", "Status", "SortDueAt", "CreatedAt", "TaskId" });

            migrationBuilder.CreateIndex(
                name: "IX_FormDefinitions_FormKey_Version",
                table: "FormDefinitions",
                columns: new[] { "FormKey", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InstanceHistory_InstanceId_Id",
                table: "InstanceHistory",
                columns: new[] { "InstanceId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_RuleSetVersions_Name_Version",
                table: "RuleSetVersions",
                columns: new[] { "Name", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SavedTaskFilters_UserId_Name",
                table: "SavedTaskFilters",
                columns: new[] { "UserId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TaskComments_TaskId_At",
                table: "TaskComments",
                columns: new[] { "TaskId", "At" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FormDefinitions");

            migrationBuilder.DropTable(
                name: "FormDrafts");

            migrationBuilder.DropTable(
                name: "InstanceHistory");

            migrationBuilder.DropTable(
                name: "RuleSetDrafts");

            migrationBuilder.DropTable(
                name: "RuleSetVersions");

            migrationBuilder.DropTable(
                name: "SavedTaskFilters");

            migrationBuilder.DropTable(
                name: "TaskComments");

            migrationBuilder.DropTable(
                name: "WorkflowDrafts");

            migrationBuilder.DropIndex(
                name: "IX_WorkTasks_Mine_Amount",
                table: "WorkTasks");

            migrationBuilder.DropIndex(
                name: "IX_WorkTasks_Mine_Created",
                table: "WorkTasks");

            migrationBuilder.DropIndex(
                name: "IX_WorkTasks_Mine_Due",
                table: "WorkTasks");

            migrationBuilder.DropIndex(
                name: "IX_WorkTaskCandidates_Inbox_Amount",
                table: "WorkTaskCandidates");

            migrationBuilder.DropIndex(
                name: "IX_WorkTaskCandidates_Inbox_CaseType",
                table: "WorkTaskCandidates");

            migrationBuilder.DropIndex(
                name: "IX_WorkTaskCandidates_Inbox_Created",
                table: "WorkTaskCandidates");

            migrationBuilder.DropIndex(
                name: "IX_WorkTaskCandidates_Inbox_Dealer",
                table: "WorkTaskCandidates");

            migrationBuilder.DropIndex(
                name: "IX_WorkTaskCandidates_Status_Created",
                table: "WorkTaskCandidates");

            migrationBuilder.DropIndex(
                name: "IX_WorkTaskCandidates_Status_Due",
                table: "WorkTaskCandidates");

            migrationBuilder.DropColumn(
                name: "Amount",
                table: "WorkTasks");

            migrationBuilder.DropColumn(
                name: "CaseStatus",
                table: "WorkTasks");

            migrationBuilder.DropColumn(
                name: "Currency",
                table: "WorkTasks");

            migrationBuilder.DropColumn(
                name: "DealerCode",
                table: "WorkTasks");

            migrationBuilder.DropColumn(
                name: "DealerName",
                table: "WorkTasks");

            migrationBuilder.DropColumn(
                name: "SortDueAt",
                table: "WorkTasks");

            migrationBuilder.DropColumn(
                name: "Amount",
                table: "WorkTaskCandidates");

            migrationBuilder.DropColumn(
                name: "CaseType",
                table: "WorkTaskCandidates");

            migrationBuilder.DropColumn(
                name: "DealerCode",
                table: "WorkTaskCandidates");

            migrationBuilder.DropColumn(
                name: "Status",
                table: "WorkTaskCandidates");

            migrationBuilder.DropColumn(
                name: "SecretRotatedAt",
                table: "WebhookSubscriptions");

            migrationBuilder.DropColumn(
                name: "Comment",
                table: "ProcessDefinitions");

            migrationBuilder.DropColumn(
                name: "PublishedBy",
                table: "ProcessDefinitions");

            migrationBuilder.DropColumn(
                name: "Source",
                table: "ProcessDefinitions");
        }
    }
}
