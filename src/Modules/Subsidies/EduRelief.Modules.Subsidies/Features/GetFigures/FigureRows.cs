using EduRelief.Contracts.Subsidies;
using EduRelief.Modules.Subsidies.Data;
using EduRelief.Modules.Subsidies.Domain;
using EduRelief.Modules.Subsidies.Features.ListPayments;
using EduRelief.SharedKernel.Identity;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Subsidies.Features.GetFigures;

/// <summary>What the award and outreach figures count, in the caller's scope: one definition for the figures and their records.</summary>
internal static class FigureRows
{
    /// <summary>The year's paid awards: the ones <c>/payments?year=&amp;status=Paid</c> lists.</summary>
    public static IQueryable<PaymentRow> PaidAwards(SubsidiesDbContext db, ICallerContext caller, int year) =>
        PaymentRows.Matching(db, caller, new ListPaymentsQuery(null, null, null, year, nameof(PaymentStatus.Paid), 1, 1));

    public static IQueryable<OutreachActivity> Outreach(SubsidiesDbContext db, ICallerContext caller, int year)
    {
        var (first, end) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var outreach = db.OutreachActivities.AsNoTracking().Where(a => a.Date >= first && a.Date <= end);
        if (!caller.Scope.All)
        {
            var townships = caller.Scope.TownshipCodes.ToList();
            outreach = outreach.Where(a => townships.Contains(a.TownshipCode));
        }

        return outreach;
    }
}
