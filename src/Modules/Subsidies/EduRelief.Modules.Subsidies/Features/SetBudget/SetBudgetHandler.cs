using EduRelief.Contracts.Subsidies;
using EduRelief.Modules.Subsidies.Data;
using EduRelief.Modules.Subsidies.Domain;
using EduRelief.SharedKernel.Validation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Subsidies.Features.SetBudget;

internal sealed class SetBudgetHandler(SubsidiesDbContext db) : IRequestHandler<SetBudgetCommand, Unit>
{
    public async Task<Unit> Handle(SetBudgetCommand request, CancellationToken cancellationToken)
    {
        var code = EnumCodes.Parse<ProgrammeCode>(request.ProgrammeCode);
        var budget = await db.Budgets.FirstOrDefaultAsync(b => b.Programme == code && b.Year == request.Year, cancellationToken);
        if (budget is null)
        {
            db.Budgets.Add(new Budget { Programme = code, Year = request.Year, Amount = request.Amount!.Value });
        }
        else
        {
            budget.Amount = request.Amount!.Value;
        }

        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
