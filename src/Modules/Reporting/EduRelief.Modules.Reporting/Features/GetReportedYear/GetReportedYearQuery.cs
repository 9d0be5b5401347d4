using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Modules.Reporting.Features.GetReportedYear;

internal sealed record GetReportedYearQuery(int Year) : IQuery<ReportedYearResponse>;
