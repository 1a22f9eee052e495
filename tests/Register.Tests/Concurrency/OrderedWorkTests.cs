using Register.Concurrency;

namespace Register.Tests.Concurrency;

/// <summary>Work spread over threads gives what a loop gives: results in item order, the loop's own failure.</summary>
public sealed class OrderedWorkTests
{
    public static TheoryData<int> Workers => [1, 2, 3, 8];

    [Theory]
    [MemberData(nameof(Workers))]
    public void Results_come_in_item_order_each_worker_with_its_own_state(int workers)
    {
        var states = 0;
        var results = OrderedWork.Run(500, workers, () => Interlocked.Increment(ref states), (state, i) =>
        {
            Thread.SpinWait(i % 7 * 100);
            return (Item: i * i, State: state);
        });

        Assert.Equal(Enumerable.Range(0, 500).Select(i => i * i), results.Select(r => r.Item));
        Assert.InRange(states, 1, workers);
    }

    [Theory]
    [MemberData(nameof(Workers))]
    public void The_first_failure_in_item_order_is_thrown_as_it_was_thrown(int workers)
    {
        // Item 40 fails only after item 70 has: the loop would have stopped at 40, so 40's is the one to see.
        using var seventyFailed = new ManualResetEventSlim(workers == 1);
        var thrown = Assert.Throws<UnauthorizedAccessException>(() => OrderedWork.Run(100, workers, () => 0, (_, i) =>
        {
            if (i == 70)
            {
                seventyFailed.Set();
                throw new IOException("item 70");
            }

            if (i == 40)
            {
                seventyFailed.Wait(TimeSpan.FromSeconds(10));
                throw new UnauthorizedAccessException("item 40");
            }

            return i;
        }));

        Assert.Equal("item 40", thrown.Message);
    }

    [Fact]
    public void No_items_no_results() => Assert.Empty(OrderedWork.Run(0, 4, () => 0, (_, i) => i));

    [Theory]
    [InlineData("1", 1)]
    [InlineData("3", 3)]
    [InlineData("64", 64)]
    public void The_environment_sets_the_workers(string setting, int workers) => Assert.Equal(workers, Parallelism.Parse(setting));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("0")]
    [InlineData("-2")]
    [InlineData("two")]
    [InlineData(" 2")]
    public void Otherwise_the_processor_count_up_to_the_cap(string? setting) =>
        Assert.Equal(Math.Clamp(Environment.ProcessorCount, 1, Parallelism.MaxWorkers), Parallelism.Parse(setting));
}
