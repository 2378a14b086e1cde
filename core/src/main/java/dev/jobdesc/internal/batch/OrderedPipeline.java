package dev.jobdesc.internal.batch;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs tasks on {@code threads} worker threads and hands their results back in the order of the
 * tasks, holding at most {@code window} tasks submitted but not yet handed back. The tasks are
 * pulled from their iterator on the thread that iterates the results (the producer is the
 * consumer's thread), only when the window has room: so memory is bounded by the window whatever
 * the number of tasks, and a slow consumer slows the producer rather than piling up results.
 *
 * <p>Not thread-safe: one thread iterates. {@link #close()} cancels what is queued, interrupts the
 * workers and waits for them to stop; it is called at the end of the tasks too.
 *
 * @param <R> the type of result
 */
public final class OrderedPipeline<R> implements Iterator<R>, AutoCloseable {
  private static final AtomicInteger POOLS = new AtomicInteger();

  private final Iterator<? extends Callable<R>> tasks;
  private final int window;
  private final ExecutorService workers;
  private final Deque<Future<R>> inFlight;
  /** The worker threads, joined by {@link #close()}: the pool's termination comes a little before. */
  private final List<Thread> threads = new CopyOnWriteArrayList<>();
  private boolean closed;

  /**
   * A pipeline over {@code tasks}; it starts its workers at once.
   *
   * @param tasks the work, pulled lazily; a task should not throw (see {@link #next()})
   * @param threads the number of worker threads, at least 1
   * @param window the most tasks in flight, at least {@code threads}
   */
  public OrderedPipeline(Iterator<? extends Callable<R>> tasks, int threads, int window) {
    if (threads < 1 || window < threads) {
      throw new IllegalArgumentException("threads " + threads + ", window " + window);
    }
    this.tasks = tasks;
    this.window = window;
    this.inFlight = new ArrayDeque<>(window);
    // The queue never holds more than the window, so it need not be bounded itself.
    this.workers =
        new ThreadPoolExecutor(
            threads, threads, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), daemons(this.threads));
  }

  @Override
  public boolean hasNext() {
    if (closed) {
      return false;
    }
    fill();
    if (inFlight.isEmpty()) {
      close();
      return false;
    }
    return true;
  }

  /**
   * The result of the next task, waiting for it if need be.
   *
   * @throws IllegalStateException when a task threw (tasks are expected to turn their failures
   *     into results) or the waiting thread was interrupted; an {@link Error} of a task is
   *     rethrown as it is
   */
  @Override
  public R next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    // Not refilled until the consumer asks again: then at most window tasks are in flight
    // beyond the results already handed back, which is the bound callers rely on.
    Future<R> head = inFlight.removeFirst();
    try {
      return head.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      close();
      throw new IllegalStateException("interrupted while waiting for a batch result", e);
    } catch (ExecutionException e) {
      close();
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException("a batch task failed", e.getCause());
    } catch (CancellationException e) {
      throw new IllegalStateException("the batch was closed", e);
    }
  }

  /** Submits tasks while the window has room and there are tasks left. */
  private void fill() {
    while (!closed && inFlight.size() < window && tasks.hasNext()) {
      inFlight.addLast(workers.submit(tasks.next()));
    }
  }

  /** Stops the workers: queued tasks never run, running ones are interrupted and awaited. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    inFlight.forEach(future -> future.cancel(true));
    inFlight.clear();
    workers.shutdownNow();
    boolean interrupted = false;
    while (true) {
      try {
        if (workers.awaitTermination(1, TimeUnit.MINUTES)) {
          break;
        }
      } catch (InterruptedException e) {
        interrupted = true; // wait anyway: no worker may outlive close; restore the flag after
      }
    }
    // A terminated pool's threads may still be on their way out: wait until they are gone.
    for (Thread thread : threads) {
      while (thread.isAlive()) {
        try {
          thread.join();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Daemon threads named {@code jobdesc-batch-P-N}: a result stream left unclosed by mistake
   * must not keep the JVM alive.
   */
  private static ThreadFactory daemons(List<Thread> made) {
    int pool = POOLS.incrementAndGet();
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, "jobdesc-batch-" + pool + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      made.add(thread);
      return thread;
    };
  }
}
