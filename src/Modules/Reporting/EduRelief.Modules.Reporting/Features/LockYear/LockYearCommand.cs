using EduRelief.Modules.Reporting.Features.GetReportedYear;
using EduRelief.SharedKernel.Auditing;
using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Modules.Reporting.Features.LockYear;

internal sealed record LockYearCommand(int Year) : ICommand<ReportedYearResponse>, IAudited
{
    public string AuditRecords => $"year:{Year} locked as reported";
}
