// Each collection runs its own portal and Chromium; one at a time keeps a 2-core runner from timing out.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
