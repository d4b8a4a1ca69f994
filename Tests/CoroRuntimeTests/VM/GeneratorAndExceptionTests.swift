import Testing

/// Generators (send, throw, close, return values, yield from, the errors of
/// misuse) and exceptions' __context__, __cause__ and __suppress_context__,
/// try/finally with return, break and continue. Expected output from CPython 3.11.7.
struct GeneratorAndExceptionTests {
  static let cases: [ProgramCase] = [
    ProgramCase(
      "generator_protocol",
      source: #"""
        def gen():
            try:
                x = yield 1
                print("got", x)
                y = yield x * 2
                print("got", y)
            except ValueError as e:
                print("caught", repr(e))
                yield "recovered"
            finally:
                print("finally")
            yield "end"

        g = gen()
        print(next(g))
        print(g.send(10))
        print(g.throw(ValueError("boom")))
        print(next(g))
        g.close()
        print("closed")
        try:
            next(g)
        except StopIteration:
            print("stopped")

        def closer():
            try:
                yield 1
            except GeneratorExit:
                print("exit seen")
                raise
        c = closer(); next(c); c.close()

        def bad_closer():
            try:
                yield 1
            except GeneratorExit:
                yield 2
        b = bad_closer(); next(b)
        try:
            b.close()
        except RuntimeError as e:
            print("RuntimeError:", e)

        def ret():
            yield 1
            return "value"
        r = ret(); next(r)
        try:
            next(r)
        except StopIteration as e:
            print("return value", e.value)

        def deleg():
            v = yield from ret()
            print("delegated got", v)
            yield v
        print(list(deleg()))

        g2 = gen()
        try:
            g2.send(5)
        except TypeError as e:
            print(e)

        def stopper():
            raise StopIteration
            yield
        try:
            next(stopper())
        except RuntimeError as e:
            print("RT", e, type(e.__cause__).__name__)

        def selfref():
            yield next(me)
        me = selfref()
        try:
            next(me)
        except ValueError as e:
            print(e)
        g3 = gen()
        try:
            g3.throw(KeyError("k"))
        except KeyError as e:
            print("unstarted throw", repr(e))
        print(next(g3, "exhausted"))
        """#,
      stdout: #"""
        1
        got 10
        20
        caught ValueError('boom')
        recovered
        finally
        end
        closed
        stopped
        exit seen
        RuntimeError: generator ignored GeneratorExit
        return value value
        delegated got value
        [1, 'value']
        can't send non-None value to a just-started generator
        RT generator raised StopIteration StopIteration
        generator already executing
        unstarted throw KeyError('k')
        exhausted
        """#,
      stderr: nil,
      status: 0),
    ProgramCase(
      "exception_context_cause",
      source: #"""
        def show(e):
            print(type(e).__name__, repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
        try:
            try:
                1 / 0
            except ZeroDivisionError:
                raise KeyError("k")
        except KeyError as e:
            show(e)
        try:
            try:
                1 / 0
            except ZeroDivisionError as z:
                raise KeyError("k") from z
        except KeyError as e:
            show(e)
        try:
            try:
                1 / 0
            except ZeroDivisionError:
                raise KeyError("k") from None
        except KeyError as e:
            show(e)
        try:
            try:
                raise ValueError("inner")
            finally:
                print("cleanup")
        except ValueError as e:
            show(e)
        try:
            try:
                raise ValueError("v")
            finally:
                raise TypeError("t")
        except TypeError as e:
            show(e)
        def f():
            try:
                return "try"
            finally:
                print("finally runs")
        print(f())
        def g():
            for i in range(3):
                try:
                    if i == 1:
                        continue
                    if i == 2:
                        break
                finally:
                    print("fin", i)
            return i
        print(g())
        e1 = ValueError(1)
        try:
            raise e1
        except ValueError as e:
            pass
        try:
            e
        except NameError as ne:
            print(ne)
        try:
            raise TypeError("x") from 5
        except TypeError as t:
            print(t)
        class C(Exception):
            pass
        try:
            raise C
        except C as c:
            print(repr(c), c.args)
        import sys
        try:
            raise ValueError("x")
        except ValueError:
            print(sys.exc_info()[0].__name__)
        print(sys.exc_info())
        try:
            try:
                raise ValueError("a")
            except ValueError as a:
                try:
                    raise TypeError("b")
                except TypeError as b:
                    raise KeyError("c")
        except KeyError as k:
            print(repr(k.__context__), repr(k.__context__.__context__))
        e = ValueError("again")
        try:
            try:
                raise e
            except ValueError:
                raise e
        except ValueError as x:
            print(x.__context__ is None)
        """#,
      stdout: #"""
        KeyError None ZeroDivisionError('division by zero') False
        KeyError ZeroDivisionError('division by zero') ZeroDivisionError('division by zero') True
        KeyError None ZeroDivisionError('division by zero') True
        cleanup
        ValueError None None False
        TypeError None ValueError('v') False
        finally runs
        try
        fin 0
        fin 1
        fin 2
        2
        name 'e' is not defined
        exception causes must derive from BaseException
        C() ()
        ValueError
        (None, None, None)
        TypeError('b') ValueError('a')
        True
        """#,
      stderr: nil,
      status: 0),
  ]

  @Test("generators and exception chaining behave as in CPython", arguments: cases)
  func program(_ c: ProgramCase) {
    c.check()
  }
}
