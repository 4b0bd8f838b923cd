using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkflowDms.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Lifecycles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "AppealCount",
                table: "Claims",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "AppealReason",
                table: "Claims",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ClaimType",
                table: "Claims",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "MaintenanceSequence",
                table: "Claims",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "PaymentBatchId",
                table: "Claims",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AllocationQuotas",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DealerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ModelCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    PeriodStart = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PeriodEnd = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Quantity = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AllocationQuotas", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AllocationQuotas_Dealers_DealerId",
                        column: x => x.DealerId,
                        principalTable: "Dealers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ApprovalAuthorities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrderType = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Group = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    OrgLevel = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    MaxAmountMinor = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApprovalAuthorities", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CreditAccounts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DealerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DealerCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    OrgPath = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    Currency = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 3, nullable: false),
                    BaseLimitMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    LimitValidTo = table.Column<DateTime>(type: "TEXT", nullable: false),
                    TemporaryLimitMinor = table.Column<long>(type: "INTEGER", nullable: true),
                    TemporaryLimitEndsAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RiskClass = table.Column<string>(type: "TEXT", maxLength: 1, nullable: false),
                    ManualBlock = table.Column<bool>(type: "INTEGER", nullable: false),
                    BlockReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    NextReviewDate = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AllowedOverdueDays = table.Column<int>(type: "INTEGER", nullable: false),
                    MaxDocumentValueMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CreditAccounts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CreditAccounts_Dealers_DealerId",
                        column: x => x.DealerId,
                        principalTable: "Dealers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DealerReturnTerms",
                columns: table => new
                {
                    DealerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PriorTwelveMonthPurchasesMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    PriorMonthPurchasesMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    ReturnWindowDays = table.Column<int>(type: "INTEGER", nullable: false),
                    AnnualQuotaPercent = table.Column<int>(type: "INTEGER", nullable: false),
                    ShortTermQuotaPercent = table.Column<int>(type: "INTEGER", nullable: false),
                    RestockingFeePercent = table.Column<int>(type: "INTEGER", nullable: false),
                    SpecialOrderReturnsAllowed = table.Column<bool>(type: "INTEGER", nullable: false),
                    SpecialOrderFeePercent = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DealerReturnTerms", x => x.DealerId);
                    table.ForeignKey(
                        name: "FK_DealerReturnTerms_Dealers_DealerId",
                        column: x => x.DealerId,
                        principalTable: "Dealers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MaintenanceFees",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ModelGroup = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    FeeMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    Currency = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 3, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MaintenanceFees", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Orders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    DealerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DealerCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    OrgNodeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrgPath = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    DealerReference = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Currency = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 3, nullable: false),
                    OrderDate = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    TotalMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    TotalQuantity = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    SubmittedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    AdjustmentCount = table.Column<int>(type: "INTEGER", nullable: false),
                    AbnormalAlert = table.Column<bool>(type: "INTEGER", nullable: false),
                    AlertMessage = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    HoldReasonCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    CreditReasonCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    DecisionReasonCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    DecisionComment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ApprovedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    LastOrderRuleResultJson = table.Column<string>(type: "TEXT", nullable: true),
                    LastCreditRuleResultJson = table.Column<string>(type: "TEXT", nullable: true),
                    WorkflowInstanceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Orders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Orders_Dealers_DealerId",
                        column: x => x.DealerId,
                        principalTable: "Dealers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PaymentBatches",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DealerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DealerCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    OrgNodeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrgPath = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    Period = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 7, nullable: false),
                    ClaimCount = table.Column<int>(type: "INTEGER", nullable: false),
                    TotalMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    Currency = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 3, nullable: false),
                    CreditNoteReference = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PaymentBatches", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PaymentBatches_Dealers_DealerId",
                        column: x => x.DealerId,
                        principalTable: "Dealers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PreAuthorizations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    DealerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DealerCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    OrgNodeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrgPath = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    Vin = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 17, nullable: false),
                    FaultCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    PlannedLinesJson = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    EstimatedMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    Currency = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 3, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    AuthorizedMaxMinor = table.Column<long>(type: "INTEGER", nullable: true),
                    ValidFrom = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ValidUntil = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DecisionReasonCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    DecisionComment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    RequestedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SubmissionCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PreAuthorizations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PreAuthorizations_Dealers_DealerId",
                        column: x => x.DealerId,
                        principalTable: "Dealers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PriceListEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrderType = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ItemCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UnitPriceMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    Currency = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 3, nullable: false),
                    EffectiveFrom = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EffectiveTo = table.Column<DateTime>(type: "TEXT", nullable: true),
                    MinOrderQuantity = table.Column<int>(type: "INTEGER", nullable: false),
                    MaxDiscountPercent = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PriceListEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "QueuedJobs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    SubjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    MaxAttempts = table.Column<int>(type: "INTEGER", nullable: false),
                    NextAttemptAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LeaseOwner = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    LeaseUntil = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    FinishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QueuedJobs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RecallCampaigns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Priority = table.Column<int>(type: "INTEGER", nullable: false),
                    LaborOperationCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    PartNumbers = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    PartsAvailabilityPercent = table.Column<int>(type: "INTEGER", nullable: false),
                    MinPartsAvailabilityPercent = table.Column<int>(type: "INTEGER", nullable: false),
                    ExpiresOn = table.Column<DateTime>(type: "TEXT", nullable: false),
                    OpenPhase = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    OrgNodeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrgPath = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DealersNotifiedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LaunchedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    OwnersNotifiedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CloseReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    SupersededByNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    LastRuleResultJson = table.Column<string>(type: "TEXT", nullable: true),
                    WorkflowInstanceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecallCampaigns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ReturnRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    DealerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DealerCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    OrgNodeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrgPath = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Currency = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 3, nullable: false),
                    TotalMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    RestockingFeePercent = table.Column<int>(type: "INTEGER", nullable: false),
                    RequestedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RmaNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    RmaIssuedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RmaExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReturnOrderNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    BillingBlocked = table.Column<bool>(type: "INTEGER", nullable: false),
                    Carrier = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    TrackingNumber = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    ShippedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReceivedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    StockLocation = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    InspectionResult = table.Column<int>(type: "INTEGER", nullable: true),
                    InspectedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AcceptedMinor = table.Column<long>(type: "INTEGER", nullable: true),
                    RestockingFeeMinor = table.Column<long>(type: "INTEGER", nullable: true),
                    CreditMinor = table.Column<long>(type: "INTEGER", nullable: true),
                    CreditNoteNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    CreditNoteIssuedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DecisionReasonCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    DecisionComment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    LastRuleResultJson = table.Column<string>(type: "TEXT", nullable: true),
                    WorkflowInstanceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReturnRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReturnRequests_Dealers_DealerId",
                        column: x => x.DealerId,
                        principalTable: "Dealers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RoleAssignments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Group = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    OrgNodeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrgPath = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoleAssignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RoleAssignments_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RoleAssignments_OrgNodes_OrgNodeId",
                        column: x => x.OrgNodeId,
                        principalTable: "OrgNodes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Substitutions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AbsentUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    SubstituteUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    OrgPath = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    StartsAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EndsAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CancelledAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Substitutions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Substitutions_AspNetUsers_AbsentUserId",
                        column: x => x.AbsentUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Substitutions_AspNetUsers_SubstituteUserId",
                        column: x => x.SubstituteUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "WebhookSubscriptions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DealerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrgPath = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    Url = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Secret = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    CaseTypes = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    FannedOutUntil = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DeactivatedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WebhookSubscriptions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WebhookSubscriptions_Dealers_DealerId",
                        column: x => x.DealerId,
                        principalTable: "Dealers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CreditLimitRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DealerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DealerCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    OrgNodeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrgPath = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    RequestedLimitMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    PreviousLimitMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    EndsAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Justification = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    RequestedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    DecisionReasonCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    DecisionComment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CreditLimitRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CreditLimitRequests_CreditAccounts_AccountId",
                        column: x => x.AccountId,
                        principalTable: "CreditAccounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CreditPostings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DealerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OpenOrdersMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    ReceivablesMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    DeliveredNotInvoicedMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    PostedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PostedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CreditPostings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CreditPostings_CreditAccounts_AccountId",
                        column: x => x.AccountId,
                        principalTable: "CreditAccounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReceivableItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DealerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InvoiceNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AmountMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    OpenMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    InvoiceDate = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DueDate = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReceivableItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReceivableItems_CreditAccounts_AccountId",
                        column: x => x.AccountId,
                        principalTable: "CreditAccounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OrderLines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LineNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    ItemCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitPriceMinor = table.Column<long>(type: "INTEGER", nullable: true),
                    DiscountPercent = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: false),
                    MinOrderQuantity = table.Column<int>(type: "INTEGER", nullable: false),
                    MaxDiscountPercent = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: false),
                    AmountMinor = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrderLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OrderLines_Orders_OrderId",
                        column: x => x.OrderId,
                        principalTable: "Orders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CampaignVehicles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CampaignId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Vin = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 17, nullable: false),
                    VehicleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DealerOrgNodeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OrgPath = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    Phase = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    StopSale = table.Column<bool>(type: "INTEGER", nullable: false),
                    AddedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RemediedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RecallClaimId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DispositionReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CampaignVehicles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CampaignVehicles_RecallCampaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "RecallCampaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CampaignVehicles_Vehicles_VehicleId",
                        column: x => x.VehicleId,
                        principalTable: "Vehicles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RecallImports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CampaignId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrgPath = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    Format = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    CreateMissingVehicles = table.Column<bool>(type: "INTEGER", nullable: false),
                    Payload = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Total = table.Column<int>(type: "INTEGER", nullable: false),
                    Processed = table.Column<int>(type: "INTEGER", nullable: false),
                    Accepted = table.Column<int>(type: "INTEGER", nullable: false),
                    Rejected = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    StartedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CompletedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Error = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecallImports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RecallImports_RecallCampaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "RecallCampaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReturnLines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReturnId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LineNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    PartNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    PurchaseReference = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PurchaseDate = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UnitPricePaidMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    Unused = table.Column<bool>(type: "INTEGER", nullable: false),
                    OriginalPackaging = table.Column<bool>(type: "INTEGER", nullable: false),
                    SpecialOrder = table.Column<bool>(type: "INTEGER", nullable: false),
                    AmountMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    AcceptedQuantity = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReturnLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReturnLines_ReturnRequests_ReturnId",
                        column: x => x.ReturnId,
                        principalTable: "ReturnRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WebhookDeliveries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubscriptionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DealerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrgPath = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    CaseEventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    EventType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Payload = table.Column<string>(type: "TEXT", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    LastStatusCode = table.Column<int>(type: "INTEGER", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastAttemptAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DeliveredAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    JobId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Replays = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WebhookDeliveries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WebhookDeliveries_WebhookSubscriptions_SubscriptionId",
                        column: x => x.SubscriptionId,
                        principalTable: "WebhookSubscriptions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RecallClaims",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CampaignId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CampaignNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CampaignVehicleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Vin = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 17, nullable: false),
                    DealerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DealerCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    OrgNodeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrgPath = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    RepairOrderNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RepairDate = table.Column<DateTime>(type: "TEXT", nullable: false),
                    MileageKm = table.Column<int>(type: "INTEGER", nullable: false),
                    RelatedDamageClaimed = table.Column<bool>(type: "INTEGER", nullable: false),
                    AmountMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    Currency = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 3, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    DecisionReasonCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    DecisionComment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RuleResultJson = table.Column<string>(type: "TEXT", nullable: true),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecallClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RecallClaims_CampaignVehicles_CampaignVehicleId",
                        column: x => x.CampaignVehicleId,
                        principalTable: "CampaignVehicles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RecallClaims_Dealers_DealerId",
                        column: x => x.DealerId,
                        principalTable: "Dealers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RecallClaims_RecallCampaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "RecallCampaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RecallImportRejections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ImportId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LineNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecallImportRejections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RecallImportRejections_RecallImports_ImportId",
                        column: x => x.ImportId,
                        principalTable: "RecallImports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Claims_DealerId_Status",
                table: "Claims",
                columns: new[] { "DealerId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Claims_PreAuthorizationNumber",
                table: "Claims",
                column: "PreAuthorizationNumber");

            migrationBuilder.CreateIndex(
                name: "IX_AllocationQuotas_DealerId_ModelCode_PeriodStart",
                table: "AllocationQuotas",
                columns: new[] { "DealerId", "ModelCode", "PeriodStart" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ApprovalAuthorities_OrderType_MaxAmountMinor",
                table: "ApprovalAuthorities",
                columns: new[] { "OrderType", "MaxAmountMinor" });

            migrationBuilder.CreateIndex(
                name: "IX_CampaignVehicles_CampaignId_Vin",
                table: "CampaignVehicles",
                columns: new[] { "CampaignId", "Vin" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CampaignVehicles_Status_OrgPath_Vin",
                table: "CampaignVehicles",
                columns: new[] { "Status", "OrgPath", "Vin" });

            migrationBuilder.CreateIndex(
                name: "IX_CampaignVehicles_VehicleId",
                table: "CampaignVehicles",
                column: "VehicleId");

            migrationBuilder.CreateIndex(
                name: "IX_CampaignVehicles_Vin",
                table: "CampaignVehicles",
                column: "Vin");

            migrationBuilder.CreateIndex(
                name: "IX_CreditAccounts_DealerId",
                table: "CreditAccounts",
                column: "DealerId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CreditAccounts_OrgPath",
                table: "CreditAccounts",
                column: "OrgPath");

            migrationBuilder.CreateIndex(
                name: "IX_CreditLimitRequests_AccountId",
                table: "CreditLimitRequests",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_CreditLimitRequests_Number",
                table: "CreditLimitRequests",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CreditLimitRequests_OrgPath_CreatedAt",
                table: "CreditLimitRequests",
                columns: new[] { "OrgPath", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CreditPostings_AccountId_PostedAt",
                table: "CreditPostings",
                columns: new[] { "AccountId", "PostedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CreditPostings_OrderId",
                table: "CreditPostings",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_CreditPostings_Reference",
                table: "CreditPostings",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MaintenanceFees_ModelGroup_Sequence",
                table: "MaintenanceFees",
                columns: new[] { "ModelGroup", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OrderLines_OrderId_LineNumber",
                table: "OrderLines",
                columns: new[] { "OrderId", "LineNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Orders_DealerId_DealerReference",
                table: "Orders",
                columns: new[] { "DealerId", "DealerReference" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Orders_DealerId_Type_Status",
                table: "Orders",
                columns: new[] { "DealerId", "Type", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Orders_Number",
                table: "Orders",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Orders_OrgPath_CreatedAt",
                table: "Orders",
                columns: new[] { "OrgPath", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PaymentBatches_DealerId_Period",
                table: "PaymentBatches",
                columns: new[] { "DealerId", "Period" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PaymentBatches_Number",
                table: "PaymentBatches",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PaymentBatches_OrgPath_CreatedAt",
                table: "PaymentBatches",
                columns: new[] { "OrgPath", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PreAuthorizations_DealerId",
                table: "PreAuthorizations",
                column: "DealerId");

            migrationBuilder.CreateIndex(
                name: "IX_PreAuthorizations_Number",
                table: "PreAuthorizations",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PreAuthorizations_OrgPath_RequestedAt",
                table: "PreAuthorizations",
                columns: new[] { "OrgPath", "RequestedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PriceListEntries_ItemCode_EffectiveFrom",
                table: "PriceListEntries",
                columns: new[] { "ItemCode", "EffectiveFrom" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_QueuedJobs_Status_LeaseUntil",
                table: "QueuedJobs",
                columns: new[] { "Status", "LeaseUntil" });

            migrationBuilder.CreateIndex(
                name: "IX_QueuedJobs_Status_NextAttemptAt",
                table: "QueuedJobs",
                columns: new[] { "Status", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_QueuedJobs_SubjectId",
                table: "QueuedJobs",
                column: "SubjectId");

            migrationBuilder.CreateIndex(
                name: "IX_RecallCampaigns_Number",
                table: "RecallCampaigns",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RecallCampaigns_Status_CreatedAt",
                table: "RecallCampaigns",
                columns: new[] { "Status", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_RecallClaims_CampaignId_Vin",
                table: "RecallClaims",
                columns: new[] { "CampaignId", "Vin" });

            migrationBuilder.CreateIndex(
                name: "IX_RecallClaims_CampaignVehicleId",
                table: "RecallClaims",
                column: "CampaignVehicleId");

            migrationBuilder.CreateIndex(
                name: "IX_RecallClaims_DealerId",
                table: "RecallClaims",
                column: "DealerId");

            migrationBuilder.CreateIndex(
                name: "IX_RecallClaims_Number",
                table: "RecallClaims",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RecallClaims_OrgPath_SubmittedAt",
                table: "RecallClaims",
                columns: new[] { "OrgPath", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_RecallImportRejections_ImportId_LineNumber",
                table: "RecallImportRejections",
                columns: new[] { "ImportId", "LineNumber" });

            migrationBuilder.CreateIndex(
                name: "IX_RecallImports_CampaignId_CreatedAt",
                table: "RecallImports",
                columns: new[] { "CampaignId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_RecallImports_Status",
                table: "RecallImports",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_ReceivableItems_AccountId_DueDate",
                table: "ReceivableItems",
                columns: new[] { "AccountId", "DueDate" });

            migrationBuilder.CreateIndex(
                name: "IX_ReceivableItems_InvoiceNumber",
                table: "ReceivableItems",
                column: "InvoiceNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReturnLines_ReturnId_LineNumber",
                table: "ReturnLines",
                columns: new[] { "ReturnId", "LineNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReturnRequests_DealerId_RequestedAt",
                table: "ReturnRequests",
                columns: new[] { "DealerId", "RequestedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ReturnRequests_Number",
                table: "ReturnRequests",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReturnRequests_OrgPath_RequestedAt",
                table: "ReturnRequests",
                columns: new[] { "OrgPath", "RequestedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_RoleAssignments_OrgNodeId",
                table: "RoleAssignments",
                column: "OrgNodeId");

            migrationBuilder.CreateIndex(
                name: "IX_RoleAssignments_OrgPath",
                table: "RoleAssignments",
                column: "OrgPath");

            migrationBuilder.CreateIndex(
                name: "IX_RoleAssignments_UserId_Group_OrgNodeId",
                table: "RoleAssignments",
                columns: new[] { "UserId", "Group", "OrgNodeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Substitutions_AbsentUserId",
                table: "Substitutions",
                column: "AbsentUserId");

            migrationBuilder.CreateIndex(
                name: "IX_Substitutions_OrgPath",
                table: "Substitutions",
                column: "OrgPath");

            migrationBuilder.CreateIndex(
                name: "IX_Substitutions_SubstituteUserId_EndsAt",
                table: "Substitutions",
                columns: new[] { "SubstituteUserId", "EndsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_WebhookDeliveries_SubscriptionId_CaseEventId",
                table: "WebhookDeliveries",
                columns: new[] { "SubscriptionId", "CaseEventId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WebhookDeliveries_SubscriptionId_CreatedAt",
                table: "WebhookDeliveries",
                columns: new[] { "SubscriptionId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_WebhookSubscriptions_Active",
                table: "WebhookSubscriptions",
                column: "Active");

            migrationBuilder.CreateIndex(
                name: "IX_WebhookSubscriptions_DealerId_Active",
                table: "WebhookSubscriptions",
                columns: new[] { "DealerId", "Active" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AllocationQuotas");

            migrationBuilder.DropTable(
                name: "ApprovalAuthorities");

            migrationBuilder.DropTable(
                name: "CreditLimitRequests");

            migrationBuilder.DropTable(
                name: "CreditPostings");

            migrationBuilder.DropTable(
                name: "DealerReturnTerms");

            migrationBuilder.DropTable(
                name: "MaintenanceFees");

            migrationBuilder.DropTable(
                name: "OrderLines");

            migrationBuilder.DropTable(
                name: "PaymentBatches");

            migrationBuilder.DropTable(
                name: "PreAuthorizations");

            migrationBuilder.DropTable(
                name: "PriceListEntries");

            migrationBuilder.DropTable(
                name: "QueuedJobs");

            migrationBuilder.DropTable(
                name: "RecallClaims");

            migrationBuilder.DropTable(
                name: "RecallImportRejections");

            migrationBuilder.DropTable(
                name: "ReceivableItems");

            migrationBuilder.DropTable(
                name: "ReturnLines");

            migrationBuilder.DropTable(
                name: "RoleAssignments");

            migrationBuilder.DropTable(
                name: "Substitutions");

            migrationBuilder.DropTable(
                name: "WebhookDeliveries");

            migrationBuilder.DropTable(
                name: "Orders");

            migrationBuilder.DropTable(
                name: "CampaignVehicles");

            migrationBuilder.DropTable(
                name: "RecallImports");

            migrationBuilder.DropTable(
                name: "CreditAccounts");

            migrationBuilder.DropTable(
                name: "ReturnRequests");

            migrationBuilder.DropTable(
                name: "WebhookSubscriptions");

            migrationBuilder.DropTable(
                name: "RecallCampaigns");

            migrationBuilder.DropIndex(
                name: "IX_Claims_DealerId_Status",
                table: "Claims");

            migrationBuilder.DropIndex(
                name: "IX_Claims_PreAuthorizationNumber",
                table: "Claims");

            migrationBuilder.DropColumn(
                name: "AppealCount",
                table: "Claims");

            migrationBuilder.DropColumn(
                name: "AppealReason",
                table: "Claims");

            migrationBuilder.DropColumn(
                name: "ClaimType",
                table: "Claims");

            migrationBuilder.DropColumn(
                name: "MaintenanceSequence",
                table: "Claims");

            migrationBuilder.DropColumn(
                name: "PaymentBatchId",
                table: "Claims");
        }
    }
}
