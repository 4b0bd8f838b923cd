using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkflowDms.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CaseEventOutbox : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CaseEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DealerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OrgPath = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    EventType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    DataJson = table.Column<string>(type: "TEXT", nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseEvents", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CaseEvents_CaseType_CaseId",
                table: "CaseEvents",
                columns: new[] { "CaseType", "CaseId" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseEvents_DealerId_Id",
                table: "CaseEvents",
                columns: new[] { "DealerId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseEvents_OccurredAt",
                table: "CaseEvents",
                column: "OccurredAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CaseEvents");
        }
    }
}
