using AntDesign;
using Bunit;
using EduRelief.Contracts.Subsidies;
using EduRelief.Modules.Subsidies.Features.CreateBatch;
using EduRelief.Modules.Subsidies.Features.ListProgrammes;
using EduRelief.Modules.Subsidies.Web.Batches;
using EduRelief.SharedKernel.Errors;
using EduRelief.SharedKernel.Identity;
using EduRelief.Web.Requests;
using MediatR;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace EduRelief.Web.Tests;

/// <summary>The create-batch form: the server's reasons under the fields they name, and the new batch opened on success.</summary>
public sealed class CreateBatchFormTests : BunitContext
{
    private readonly AnsweringMediator _mediator = new();

    public CreateBatchFormTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddAntDesign();
        Services.AddScoped<CircuitCaller>();
        Services.AddScoped<PageSender>();
        Services.AddSingleton<IProblemDescriber, FieldsOnly>();
        Services.AddSingleton<IMediator>(_mediator);
    }

    [Fact]
    public void The_programmes_of_the_catalogue_are_offered_by_name()
    {
        var form = Render<CreateBatchForm>();

        Assert.Contains(form.FindAll("#programme option"), o => o.GetAttribute("value") == "LivingSubsidy" && o.TextContent == "生活补助 Living subsidy");
    }

    [Fact]
    public void A_refused_term_shows_the_servers_reason_under_the_term()
    {
        _mediator.Refusal = ValidationFailedException.For("term", "学期格式应为 年份-1 或 年份-2");
        var form = Render<CreateBatchForm>();
        form.Find("#programme").Change("LivingSubsidy");
        form.Find("#term").Change("2026-3");

        form.Find("[data-testid=create-batch]").Click();

        var error = form.Find(".ant-form-item-explain-error[data-field=term]");
        Assert.Contains("学期格式应为", error.TextContent, StringComparison.Ordinal);
        Assert.Equal(new CreateBatchCommand { ProgrammeCode = "LivingSubsidy", Term = "2026-3" }, _mediator.Sent);
    }

    [Fact]
    public void A_created_batch_opens_its_page()
    {
        var id = Guid.NewGuid();
        _mediator.Created = id;
        var form = Render<CreateBatchForm>();
        form.Find("#programme").Change("LivingSubsidy");
        form.Find("#term").Change("2026-1");

        form.Find("[data-testid=create-batch]").Click();

        Assert.EndsWith($"/subsidies/batches/{id}", Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal);
    }

    private sealed class FieldsOnly : IProblemDescriber
    {
        public PageProblem? Describe(Exception exception) =>
            exception is ValidationFailedException v ? new PageProblem("一个或多个字段有误", v.Errors) : null;
    }

    /// <summary>The catalogue for the programme list; a batch id, or a refusal, for the create command.</summary>
    private sealed class AnsweringMediator : IMediator
    {
        public Exception? Refusal { get; set; }

        public Guid Created { get; set; } = Guid.NewGuid();

        public CreateBatchCommand? Sent { get; private set; }

        public Task<TResponse> Send<TResponse>(IRequest<TResponse> request, CancellationToken cancellationToken = default)
        {
            object answer = request switch
            {
                ListProgrammesQuery => new List<ProgrammeResponse> { new(ProgrammeCode.LivingSubsidy, "生活补助 Living subsidy", "Cash", "", [], []) },
                CreateBatchCommand create => Create(create),
                _ => throw new InvalidOperationException(request.GetType().Name),
            };
            return Task.FromResult((TResponse)answer);
        }

        public Task Publish<TNotification>(TNotification notification, CancellationToken cancellationToken = default)
            where TNotification : INotification => Task.CompletedTask;

        private Guid Create(CreateBatchCommand command)
        {
            Sent = command;
            return Refusal is null ? Created : throw Refusal;
        }
    }
}
