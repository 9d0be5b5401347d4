using EduRelief.Modules.Reporting.Domain;
using EduRelief.Modules.Reporting.Sources;

namespace EduRelief.Tests.Reporting;

public sealed class FigureCatalogueTests
{
    [Fact]
    public void Every_figure_of_the_catalogue_is_read_by_exactly_one_module_source()
    {
        // Keys and modules are known before any query is sent.
        MediatR.IMediator mediator = null!;
        IFigureSource[] sources =
        [
            new RegistryFigures(mediator), new ConstructionFigures(mediator), new SubsidiesFigures(mediator), new TeacherFigures(mediator),
            new SpecialNeedsFigures(mediator), new DropoutFigures(mediator), new VocationalFigures(mediator),
        ];

        var claimed = sources.SelectMany(s => s.Keys).ToList();

        Assert.Equal(FigureCatalogue.All.Select(f => f.Key).Order(StringComparer.Ordinal), claimed.Order(StringComparer.Ordinal));
        Assert.Equal(sources.Length, sources.Select(s => s.Module).Distinct().Count());
    }
}
